package org.collabatlas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamedIteratorTest {
    static List<Integer> drain(StreamedIterator<Integer> it) {
        List<Integer> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void keepsOrderAcrossBatchBoundaries() {
        for (int n : new int[] {0, 1, 255, 256, 257, 10_000}) {
            StreamedIterator<Integer> it = new StreamedIterator<>("t", 2, sink -> {
                for (int i = 0; i < n; i++) {
                    sink.accept(i);
                }
            });
            List<Integer> got = drain(it);
            assertEquals(n, got.size());
            for (int i = 0; i < n; i++) {
                assertEquals(i, got.get(i));
            }
            assertFalse(it.hasNext());
        }
    }

    @Test
    void aProducerFailureReachesTheConsumer() {
        StreamedIterator<Integer> it = new StreamedIterator<>("failing", 2, sink -> {
            sink.accept(1);
            throw new java.io.IOException("disk gone");
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> drain(it));
        assertTrue(e.getMessage().contains("disk gone"), e.getMessage());
    }

    @Test
    void closeStopsAProducerThatWouldRunForever() throws InterruptedException {
        StreamedIterator<Integer> it = new StreamedIterator<>("endless", 1, sink -> {
            for (int i = 0; ; i++) {
                sink.accept(i);
            }
        });
        assertEquals(0, it.next());
        it.close();
        Thread.sleep(50);
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("endless")
                && t.isAlive() && t.getState() == Thread.State.RUNNABLE), "the producer thread stopped");
    }
}
