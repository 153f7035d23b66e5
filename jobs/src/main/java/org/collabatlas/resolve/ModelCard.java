package org.collabatlas.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.collabatlas.common.affiliation.match.MatcherModel;

/** The model card of a {@link MatcherModel} as Markdown: what it was trained on, how, and how well it does. */
final class ModelCard {
    private ModelCard() {
    }

    static String markdown(MatcherModel model) {
        JsonNode c = model.card();
        StringBuilder b = new StringBuilder();
        b.append("# Affiliation matcher model card\n\n");
        b.append("Model file SHA-256: `").append(model.sha256()).append("`  \n");
        b.append("Trained: ").append(c.path("date").asText()).append(" by ").append(c.path("trainer").asText())
                .append("  \n");
        b.append("Registry: ").append(c.path("registry").asText()).append(" (")
                .append(c.path("registry_institutions").asLong()).append(" institutions)\n\n");
        JsonNode d = c.path("training_data");
        b.append("## Training data\n\n");
        b.append("- Gold set: `").append(d.path("gold").asText()).append("` (SHA-256 `")
                .append(d.path("gold_sha256").asText()).append("`)\n");
        b.append("- Split: ").append(d.path("split").asText()).append(", seed ").append(d.path("seed").asLong())
                .append("\n");
        b.append(String.format(Locale.ROOT, "- Strings: training %d, validation %d, test %d%n",
                d.path("training_strings").asLong(), d.path("validation_strings").asLong(),
                d.path("test_strings").asLong()));
        b.append(String.format(Locale.ROOT, "- Synthetic training strings: %d (%s)%n",
                d.path("synthetic_training_strings").asLong(), d.path("synthetic").asText()));
        b.append(String.format(Locale.ROOT, "- Candidate rows: training %d (%d gold), validation %d (%d gold)%n%n",
                d.path("training_rows").asLong(), d.path("training_positives").asLong(),
                d.path("validation_rows").asLong(), d.path("validation_positives").asLong()));
        b.append("## Ranker\n\n");
        b.append("Parameters: ");
        Iterator<Map.Entry<String, JsonNode>> it = c.path("parameters").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            b.append('`').append(e.getKey()).append('=').append(e.getValue().asText()).append('`')
                    .append(it.hasNext() ? ", " : "\n\n");
        }
        b.append("Decision: the best candidate is matched when its calibrated probability is at least ")
                .append(c.path("threshold").asText()).append("; several institutions: ")
                .append(c.path("multi_threshold").asText()).append(".\n\n");
        b.append("Features (").append(c.path("features").size()).append("): ");
        for (int i = 0; i < c.path("features").size(); i++) {
            b.append(i == 0 ? "" : ", ").append('`').append(c.path("features").get(i).asText()).append('`');
        }
        b.append("\n\n## Figures (covered strings: every gold id is in the registry)\n\n");
        b.append("| set | decision | strings | coverage | candidate recall | P (covered) | R (covered) | F1 (covered) "
                + "| P (all) | R (all) | country accuracy |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        Iterator<Map.Entry<String, JsonNode>> sets = c.path("figures").fields();
        while (sets.hasNext()) {
            Map.Entry<String, JsonNode> s = sets.next();
            for (String k : new String[] {"rules", "learned"}) {
                JsonNode f = s.getValue().path(k);
                b.append(String.format(Locale.ROOT, "| %s | %s | %d | %.3f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f "
                        + "| %.4f |%n", s.getKey(), k, f.path("strings").asLong(), f.path("coverage").asDouble(),
                        s.getValue().path("candidate_recall").asDouble(), f.path("precision_covered").asDouble(),
                        f.path("recall_covered").asDouble(), f.path("f1_covered").asDouble(),
                        f.path("precision_all").asDouble(), f.path("recall_all").asDouble(),
                        f.path("country_accuracy").asDouble()));
            }
        }
        return b.toString();
    }
}
