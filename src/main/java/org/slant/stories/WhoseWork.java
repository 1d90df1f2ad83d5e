package org.slant.stories;

import java.util.List;

/**
 * Whose work the caller may compare a story's outlets by.
 *
 * @param everyone the caller sees everyone's work (managers, curators, admins): everyone's pooled, one annotator's,
 *     or gold
 * @param annotators those with spans on the story's articles, by username, for those who see everyone's work;
 *     otherwise the caller alone (the only work an annotator may compare by)
 * @param caller the caller's username in the project; null for a system admin who is not a member
 */
public record WhoseWork(boolean everyone, List<String> annotators, String caller) {

    public WhoseWork {
        annotators = List.copyOf(annotators);
    }
}
