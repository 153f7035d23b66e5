package org.collabatlas.common.uncertainty;

import java.io.Serializable;
import org.collabatlas.common.config.Settings.Graph.Counting;
import org.collabatlas.common.graph.Brandes;
import org.collabatlas.common.graph.CsrGraph;
import org.collabatlas.common.graph.EigenvectorCentrality;
import org.collabatlas.common.graph.PathLength;
import org.collabatlas.common.graph.PowerIterationResult;

/**
 * The centralities computed on every replicate, with the centrality stage's settings so that the full-data
 * value is the stage's value: eigenvector ({@link EigenvectorCentrality}, {@code centrality.eigenvector.max-iter}
 * and {@code tol}) and exact betweenness ({@link Brandes}, single-threaded, {@code centrality.betweenness.distance}).
 * The edge weight is {@code graph.counting}.
 */
public record ReplicateMetrics(Counting counting, int eigenvectorMaxIter, double eigenvectorTol, PathLength length)
        implements Serializable {

    public ReplicateMetrics {
        if (counting == null || length == null) {
            throw new IllegalArgumentException("counting and path length are required");
        }
        if (eigenvectorMaxIter < 1 || !(eigenvectorTol > 0)) {
            throw new IllegalArgumentException("eigenvector max-iter must be >= 1 and tol > 0, got "
                    + eigenvectorMaxIter + ", " + eigenvectorTol);
        }
    }

    /** The metrics of one graph (vertex order = the {@link Signatures}' vertex order). */
    public record Values(double[] eigenvector, double[] betweenness, boolean eigenvectorConverged)
            implements Serializable {
    }

    /** Eigenvector and betweenness of the graph holding {@code counts[s]} papers of each signature. */
    public Values compute(Signatures signatures, long[] counts) {
        CsrGraph g = signatures.graph(counts, counting);
        PowerIterationResult eigen = EigenvectorCentrality.on(g).maxIter(eigenvectorMaxIter).tol(eigenvectorTol)
                .build().run();
        double[] betweenness = Brandes.on(g).pathLength(length).build().run();
        return new Values(eigen.scores(), betweenness, eigen.converged());
    }
}
