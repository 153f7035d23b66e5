package org.collabatlas.common.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class PseudonymiserTest {
    private static final String SALT = "0123456789abcdef-test-salt";

    @Test
    void isHmacSha256OfTheNfcValueCutTo64Bits() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SALT.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] h = mac.doFinal("José Álvarez".getBytes(StandardCharsets.UTF_8));
        String expected = "name:" + java.util.HexFormat.of().formatHex(h, 0, 8);
        Pseudonymiser p = new Pseudonymiser(SALT.getBytes(StandardCharsets.UTF_8));
        assertEquals(expected, p.authorName("José Álvarez"));
        // decomposed accents and surrounding spaces give the same pseudonym
        assertEquals(expected, p.authorName(" Jose\u0301 A\u0301lvarez "));
        assertTrue(p.authorId("A123").matches("author:[0-9a-f]{16}"));
        assertNull(p.authorName(null));
    }

    @Test
    void theSaltMatters() {
        Pseudonymiser a = new Pseudonymiser(SALT.getBytes(StandardCharsets.UTF_8));
        Pseudonymiser b = new Pseudonymiser((SALT + "x").getBytes(StandardCharsets.UTF_8));
        assertNotEquals(a.authorName("Aiko Tanaka"), b.authorName("Aiko Tanaka"));
        assertNotEquals(a.authorName("Aiko Tanaka"), a.authorName("Aiko Tanaka2"));
    }

    @Test
    void theSaltComesFromTheNamedEnvironmentVariable() {
        Map<String, String> env = Map.of("ATLAS_SALT", SALT, "SHORT", "abc");
        assertEquals(new Pseudonymiser(SALT.getBytes(StandardCharsets.UTF_8)).authorId("x"),
                Pseudonymiser.fromEnvironment("ATLAS_SALT", env::get).authorId("x"));
        IllegalStateException unset = assertThrows(IllegalStateException.class,
                () -> Pseudonymiser.fromEnvironment("NOPE", env::get));
        assertTrue(unset.getMessage().contains("NOPE") && unset.getMessage().contains("not set"));
        assertTrue(assertThrows(IllegalStateException.class, () -> Pseudonymiser.fromEnvironment("SHORT", env::get))
                .getMessage().contains("too short"));
    }
}
