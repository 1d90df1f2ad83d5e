package org.slant.bench;

/** Someone a story quotes: a name and the role the articles give them. */
record Person(String name, String role) {

    String surname() {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
