package org.collabatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

class TaskAttemptsTest {
    private static int attempts(String master) {
        return TaskAttempts.maxAttempts(new SparkConf(false).set("spark.master", master));
    }

    @Test
    void attemptsPerTaskFollowTheMaster() {
        assertEquals(1, attempts("local"));
        assertEquals(1, attempts("local[2]"));
        assertEquals(1, attempts("local[*]"));
        assertEquals(4, attempts("local[2,4]"));
        assertEquals(3, attempts("local[*, 3]"));
        assertEquals(4, attempts("spark://127.0.0.1:7077"), "spark.task.maxFailures' default");
        assertEquals(8, TaskAttempts.maxAttempts(new SparkConf(false).set("spark.master", "yarn")
                .set("spark.task.maxFailures", "8")));
    }

    @Test
    void theDriverIsAlwaysOnItsLastAttempt() {
        assertTrue(TaskAttempts.isLast(null));
    }
}
