-- A document's language, a BCP 47 tag as imported ("ar", "zh-Hant"), or null when not given (issue 18): the
-- annotator lays right-to-left languages out right to left, and the document list filters by it.
alter table document add column language text;
