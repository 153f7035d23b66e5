package org.collabatlas.common.record;

/** Where a keyword came from; stored as {@link #code()} in {@code papers.keywords.kind}. */
public enum KeywordKind {
    /** IEEE Xplore {@code index_terms.ieee_terms}: IEEE's controlled thesaurus. */
    IEEE_TERM("ieee"),
    /** Author keywords: IEEE {@code author_terms}, ACM {@code tags}, WoS {@code DE}, Scopus {@code Author Keywords}. */
    AUTHOR("author"),
    /** IEEE {@code dynamic_index_terms}. */
    DYNAMIC("dynamic"),
    /** IEEE INSPEC controlled indexing. */
    INSPEC_CONTROLLED("inspec_controlled"),
    /** IEEE INSPEC non-controlled indexing. */
    INSPEC_UNCONTROLLED("inspec_uncontrolled"),
    /** Database index keywords: WoS {@code ID} (KeyWords Plus), Scopus {@code Index Keywords}. */
    INDEX("index"),
    /** OpenAlex {@code keywords[]}. */
    OPENALEX_KEYWORD("openalex_keyword"),
    /** OpenAlex {@code concepts[]}. */
    OPENALEX_CONCEPT("openalex_concept");

    private final String code;

    KeywordKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
