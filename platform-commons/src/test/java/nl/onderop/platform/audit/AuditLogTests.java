package nl.onderop.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class AuditLogTests {

    private final AuditLog audit = new AuditLog(Clock.fixed(Instant.parse("2026-12-07T10:15:30.123456Z"),
            ZoneId.of("Europe/Amsterdam")));

    @Test
    void writesOneLineInUtcWithEveryField() {
        String line = audit.format(new AuditEntry("volunteer.vog.set", "3f1c-sub", "haarlem", "volunteer:v-1",
                AuditOutcome.SUCCESS), "req-12345678", "10.0.0.7");

        assertThat(line).isEqualTo("time=2026-12-07T10:15:30.123Z action=volunteer.vog.set outcome=SUCCESS "
                + "actor=3f1c-sub tenant=haarlem object=volunteer:v-1 requestId=req-12345678 client=10.0.0.7");
    }

    @Test
    void aCraftedValueCannotStartANewLineOrForgeAField() {
        String line = audit.format(new AuditEntry("access.forbidden", null, null,
                "request:GET /x\n time=2020 action=forged outcome=SUCCESS", AuditOutcome.DENIED), null, "::1");

        assertThat(line).doesNotContain("\n").doesNotContain(" action=forged");
        assertThat(line).contains("actor=anonymous").contains("tenant=-").contains("requestId=-")
                .contains("object=request:GET%20/x%0A%20time%3D2020%20action%3Dforged%20outcome%3DSUCCESS")
                .contains("client=::1");
    }

    @Test
    void escapesNonAsciiByteByByte() {
        assertThat(AuditLog.escape("ë")).isEqualTo("%C3%AB");
        assertThat(AuditLog.escape("")).isEqualTo("-");
    }
}
