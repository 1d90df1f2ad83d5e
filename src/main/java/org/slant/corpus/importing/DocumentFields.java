package org.slant.corpus.importing;

import java.util.Map;

/**
 * A document's fields as a file gives them, before they are checked. Null means the file does not give the field.
 *
 * @param published an ISO date (YYYY-MM-DD) still as text
 * @param meta anything else the file says about the document
 */
record DocumentFields(String text, String title, String outlet, String story, String url, String published,
        String externalId, Map<String, Object> meta, String language) {

    static DocumentFields textOnly(String text, String title, Map<String, Object> meta) {
        return new DocumentFields(text, title, null, null, null, null, null, meta, null);
    }
}
