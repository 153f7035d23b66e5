package org.collabatlas.classify;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.collabatlas.common.classify.KeywordClassifier;

/**
 * Executor side of {@link ClassifyJob}: a row (paper_id, title, keywords[{term, kind}]) to one row
 * (paper_id, category) per category of the paper. The classifier travels in the closure (a small trie).
 */
final class ClassifyPapers implements FlatMapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final KeywordClassifier classifier;

    ClassifyPapers(KeywordClassifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public Iterator<Row> call(Row paper) {
        String id = paper.getString(0);
        String title = paper.isNullAt(1) ? null : paper.getString(1);
        List<String> terms = new ArrayList<>();
        if (!paper.isNullAt(2)) {
            for (Row k : paper.<Row>getList(2)) {
                terms.add(k.getString(0));
            }
        }
        List<String> categories = classifier.classify(terms, title);
        List<Row> out = new ArrayList<>(categories.size());
        for (String c : categories) {
            out.add(RowFactory.create(id, c));
        }
        return out.iterator();
    }
}
