package nl.onderop.volunteers.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import nl.onderop.testsupport.AuditCapture;
import nl.onderop.volunteers.csvimport.application.FailInterruptedImports;
import nl.onderop.volunteers.csvimport.application.ForgetProblemValues;
import nl.onderop.volunteers.csvimport.application.ImportJobRepository;
import nl.onderop.volunteers.csvimport.application.ImportSettings;
import nl.onderop.volunteers.csvimport.domain.ImportJob;
import nl.onderop.testsupport.PlatformTestInfrastructure;
import nl.onderop.testsupport.TestIssuer;

/** Importing an organisation's volunteer spreadsheet as a job: what goes in, what is refused, and why, row by row. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VolunteerImportIntegrationTests {

    private static final TestIssuer TOKENS = TestIssuer.get();
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final String HEADER = "firstName,lastName,email,languages,availability,district,maxConcurrentMatches,newcomer";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "volunteer-import-tests");
        registry.add("onderop.volunteers.import.max-size", () -> "4MB");
    }

    @LocalServerPort
    int port;

    @Autowired
    ImportJobRepository jobs;

    @Autowired
    ImportSettings settings;

    WebTestClient client;
    String organization;
    String coordinator;

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(120)).build();
        organization = "import-" + UUID.randomUUID().toString().substring(0, 8);
        coordinator = TOKENS.orgCoordinator("leiden", organization);
    }

    private EntityExchangeResult<String> upload(String token, byte[] file, boolean validRowsOnly) {
        return client.post().uri("/api/volunteers/v1/volunteer-imports?validRowsOnly=" + validRowsOnly)
                .headers(h -> {
                    if (token != null) {
                        h.setBearerAuth(token);
                    }
                })
                .contentType(CSV).bodyValue(file).exchange().expectBody(String.class).returnResult();
    }

    /** Uploads a file that the service accepts as a job (202) and waits until the job has finished. */
    private JsonNode importAndWait(String token, byte[] file, boolean validRowsOnly) {
        EntityExchangeResult<String> accepted = upload(token, file, validRowsOnly);
        assertThat(accepted.getStatus().value()).as(accepted.getResponseBody()).isEqualTo(202);
        return finished(token, json(accepted).get("id").asString());
    }

    private EntityExchangeResult<String> job(String token, String id) {
        return client.get().uri("/api/volunteers/v1/volunteer-imports/" + id).headers(h -> h.setBearerAuth(token))
                .exchange().expectBody(String.class).returnResult();
    }

    private JsonNode finished(String token, String id) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            EntityExchangeResult<String> polled = job(token, id);
            assertThat(polled.getStatus().value()).as(polled.getResponseBody()).isEqualTo(200);
            JsonNode job = json(polled);
            String state = job.get("state").asString();
            if (state.equals("succeeded") || state.equals("failed")) {
                return job;
            }
            assertThat(System.currentTimeMillis()).as("job " + id + " still " + state).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                throw new IllegalStateException(interrupted);
            }
        }
    }

    /** The job's problems as the API's names: rows[line].column. */
    private static String problemNames(JsonNode job) {
        StringBuilder names = new StringBuilder();
        job.get("problems").forEach(problem -> names.append("rows[").append(problem.get("line").asInt()).append(']')
                .append(problem.get("column").isNull() ? "" : "." + problem.get("column").asString()).append(' '));
        return names.toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode json(EntityExchangeResult<String> result) {
        return JsonMapper.builder().build().readTree(result.getResponseBody());
    }

    private long volunteersOfOrganization() {
        return json(client.get().uri("/api/volunteers/v1/volunteers?pageSize=1").headers(h -> h.setBearerAuth(coordinator))
                .exchange().expectBody(String.class).returnResult()).get("page").get("totalElements").asLong();
    }

    @Test
    void aCleanFileImportsEveryRowAsVolunteersInIntakeOfTheOrganisation() {
        String file = HEADER + "\n"
                + "Fatima,El Amrani,fatima.elamrani@volunteers.example,nl:B2|ar:native,tuesday 19:00-21:00,Merenwijk,2,ja\n"
                + "\"Jan, Willem\",de Vries,jw.devries@volunteers.example,nl:native,saturday 10:00-12:00|sunday 14:00-16:00,Stevenshof,1,nee\n"
                + "Olena,Kovalenko,olena.kovalenko@volunteers.example,uk:native|nl:A2,,Binnenstad,1,yes\n";
        JsonNode report = importAndWait(coordinator, utf8(file), false);

        assertThat(report.get("state").asString()).isEqualTo("succeeded");
        assertThat(report.get("rowsRead").asInt()).isEqualTo(3);
        assertThat(report.get("imported").asInt()).isEqualTo(3);
        assertThat(report.get("problems").size()).isZero();
        assertThat(volunteersOfOrganization()).isEqualTo(3);
        // imported volunteers still go through intake and screening
        String found = client.get().uri("/api/volunteers/v1/volunteers?language=ar&day=tuesday&at=20:00&district=Merenwijk&status=intake")
                .headers(h -> h.setBearerAuth(coordinator)).exchange().expectBody(String.class).returnResult().getResponseBody();
        assertThat(found).contains("Fatima").doesNotContain("Olena");
        assertThat(client.get().uri("/api/volunteers/v1/volunteers?status=active").headers(h -> h.setBearerAuth(coordinator))
                .exchange().expectBody(String.class).returnResult().getResponseBody()).doesNotContain("Fatima");
        // unless the coordinator's file says otherwise
        JsonNode screened = importAndWait(coordinator,
                utf8("firstName,email,status\nPieter,pieter.bos@volunteers.example,active\n"), false);
        assertThat(screened.get("state").asString()).as(screened.toString()).isEqualTo("succeeded");
        assertThat(client.get().uri("/api/volunteers/v1/volunteers?status=active").headers(h -> h.setBearerAuth(coordinator))
                .exchange().expectBody(String.class).returnResult().getResponseBody()).contains("Pieter");
        assertThat(client.get().uri("/api/volunteers/v1/volunteers?language=uk").headers(h -> h.setBearerAuth(coordinator))
                .exchange().expectBody(String.class).returnResult().getResponseBody()).contains("\"newcomer\":true");
    }

    @Test
    void semicolonsAsDutchSpreadsheetsWriteThemWorkToo() {
        String file = "firstName;lastName;email;skills\r\nAnouk;Jansen;anouk.jansen@volunteers.example;cooking|driving\r\n";
        JsonNode report = importAndWait(coordinator, utf8(file), false);
        assertThat(report.get("imported").asInt()).isEqualTo(1);
    }

    @Test
    void theOptionalGenderAndAgeBandColumnsAreReadAndChecked() {
        String file = "firstName;email;gender;ageBand\r\n"
                + "Noor;noor.peeters@volunteers.example;Female;30-49\r\n"
                + "Sam;sam.deleeuw@volunteers.example;;\r\n";
        JsonNode imported = importAndWait(coordinator, utf8(file), false);
        assertThat(imported.get("state").asString()).as(imported.toString()).isEqualTo("succeeded");
        JsonNode found = json(client.get().uri("/api/volunteers/v1/volunteers").headers(h -> h.setBearerAuth(coordinator))
                .exchange().expectBody(String.class).returnResult());
        assertThat(found.toString()).contains("\"gender\":\"female\"", "\"ageBand\":\"30-49\"", "\"gender\":null");

        JsonNode refused = importAndWait(coordinator, utf8("firstName,gender,ageBand\nKim,unknown,40-45\n"), false);
        assertThat(refused.get("state").asString()).isEqualTo("failed");
        assertThat(problemNames(refused)).contains("rows[2].gender", "rows[2].ageBand");
    }

    @Test
    void aFileWithProblemsImportsNothingAndNamesEveryProblemByLineAndColumn() {
        String file = HEADER + "\n"
                + "Sara,Bakker,sara.bakker@volunteers.example,nl:native,monday 09:00-12:00,Binnenstad,1,nee\n"
                + ",Zonder,zonder@volunteers.example,nl:native,,Binnenstad,1,nee\n"
                + "Tom,Visser,sara.bakker@volunteers.example,nl:fluent,someday,Binnenstad,many,misschien\n"
                + "Kort,Rij\n";
        JsonNode refused = importAndWait(coordinator, utf8(file), false);

        assertThat(refused.get("state").asString()).isEqualTo("failed");
        assertThat(refused.get("failureReason").asString()).contains("nothing was imported");
        assertThat(refused.get("imported").asInt()).isZero();
        assertThat(refused.get("rowsRead").asInt()).isEqualTo(4);
        assertThat(refused.get("rejected").asInt()).isEqualTo(3);
        String names = problemNames(refused);
        assertThat(names).contains("rows[3].firstName", "rows[4].email", "rows[4].availability",
                "rows[4].maxConcurrentMatches", "rows[4].newcomer", "rows[4].languages[0].level", "rows[5]");
        assertThat(volunteersOfOrganization()).isZero();

        JsonNode partial = importAndWait(coordinator, utf8(file), true);
        assertThat(partial.get("state").asString()).isEqualTo("succeeded");
        assertThat(partial.get("rowsRead").asInt()).isEqualTo(4);
        assertThat(partial.get("imported").asInt()).isEqualTo(1);
        assertThat(partial.get("problems").size()).isGreaterThanOrEqualTo(6);
        assertThat(volunteersOfOrganization()).isEqualTo(1);

        // the same person again is a duplicate of an existing volunteer
        JsonNode again = importAndWait(coordinator,
                utf8(HEADER + "\nSara,Bakker,SARA.BAKKER@volunteers.example,nl:native,,Binnenstad,1,nee\n"), false);
        assertThat(again.get("problems").get(0).get("code").asString()).isEqualTo("duplicate");
    }

    @Test
    void aFileInAnotherEncodingOrWithAnotherDelimiterIsRefusedAsAWhole() {
        byte[] latin1 = (HEADER + "\nRené,Müller,rene@volunteers.example,nl:native,,Binnenstad,1,nee\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        JsonNode encoding = json(upload(coordinator, latin1, false));
        assertThat(encoding.get("invalidParams").get(0).get("name").asString()).isEqualTo("file");
        assertThat(encoding.get("invalidParams").get(0).get("code").asString()).isEqualTo("encoding");

        JsonNode tabs = json(upload(coordinator, utf8("firstName\tlastName\nAnna\tSmit\n"), false));
        assertThat(tabs.get("invalidParams").get(0).get("name").asString()).isEqualTo("header");
        assertThat(json(upload(coordinator, utf8(""), false)).get("invalidParams").toString()).contains("missingColumn");
        assertThat(volunteersOfOrganization()).isZero();
    }

    @Test
    void tenThousandRowsAreAcceptedAtOnceAndImportedAsAJobWhileASecondImportOfTheOrganisationWaits() {
        StringBuilder file = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 10_000; i++) {
            file.append("Vrijwilliger").append(i).append(",Test,v").append(i).append("@volunteers.example,nl:native|en:B2,")
                    .append(i % 2 == 0 ? "tuesday 19:00-21:00" : "saturday 10:00-12:00").append(",Binnenstad,1,nee\n");
        }
        EntityExchangeResult<String> accepted = upload(coordinator, utf8(file.toString()), false);
        assertThat(accepted.getStatus().value()).as(accepted.getResponseBody()).isEqualTo(202);
        JsonNode queued = json(accepted);
        String id = queued.get("id").asString();
        assertThat(accepted.getResponseHeaders().getLocation()).hasToString("/api/volunteers/v1/volunteer-imports/" + id);
        assertThat(queued.get("state").asString()).isIn("queued", "running");
        assertThat(queued.get("rowsTotal").asInt()).isEqualTo(10_000);
        assertThat(queued.get("createdAt").isNull()).isFalse();
        assertThat(queued.get("finishedAt").isNull()).isTrue();
        assertThat(queued.get("links").get("problems").asString()).endsWith("/volunteer-imports/" + id + "/problems.csv");

        // the job stays active for seconds (10,000 rows to check and store); a second import of the organisation waits
        EntityExchangeResult<String> second = upload(coordinator,
                utf8("firstName,email\nAnna,anna.second@volunteers.example\n"), false);
        assertThat(second.getStatus().value()).as(second.getResponseBody()).isEqualTo(409);
        assertThat(second.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(second).get("detail").asString()).contains(id);
        // another organisation is not held up
        JsonNode elsewhere = importAndWait(TOKENS.orgCoordinator("leiden", organization + "-other"),
                utf8("firstName,email\nAnna,anna.elsewhere@volunteers.example\n"), false);
        assertThat(elsewhere.get("state").asString()).isEqualTo("succeeded");

        JsonNode done = finished(coordinator, id);
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("succeeded");
        assertThat(done.get("rowsRead").asInt()).isEqualTo(10_000);
        assertThat(done.get("rowsValid").asInt()).isEqualTo(10_000);
        assertThat(done.get("imported").asInt()).isEqualTo(10_000);
        assertThat(done.get("rejected").asInt()).isZero();
        assertThat(done.get("problemCount").asInt()).isZero();
        assertThat(done.get("startedAt").isNull()).isFalse();
        assertThat(done.get("finishedAt").isNull()).isFalse();
        assertThat(done.get("failureReason").isNull()).isTrue();
        assertThat(volunteersOfOrganization()).isEqualTo(10_000);
        // once it has finished, the organisation imports again
        assertThat(importAndWait(coordinator, utf8("firstName,email\nAnna,anna.second@volunteers.example\n"), false)
                .get("imported").asInt()).isEqualTo(1);
    }

    @Test
    void aJobIsSeenOnlyByACoordinatorOfItsOwnOrganisationAndTenant() {
        JsonNode job = importAndWait(coordinator, utf8("firstName,email\nAnna,anna.own@volunteers.example\n"), false);
        String id = job.get("id").asString();
        for (String path : List.of("", "/problems.csv")) {
            String uri = "/api/volunteers/v1/volunteer-imports/" + id + path;
            for (String stranger : List.of(TOKENS.orgCoordinator("leiden", organization + "-other"),
                    TOKENS.orgCoordinator("delft", organization))) {
                EntityExchangeResult<String> notFound = client.get().uri(uri).headers(h -> h.setBearerAuth(stranger))
                        .exchange().expectBody(String.class).returnResult();
                assertThat(notFound.getStatus().value()).as(uri).isEqualTo(404);
                assertThat(notFound.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            }
            for (String noCoordinator : List.of(TOKENS.municipalityCoordinator("leiden"), TOKENS.platformAdmin(),
                    TOKENS.volunteer("leiden", organization))) {
                assertThat(client.get().uri(uri).headers(h -> h.setBearerAuth(noCoordinator)).exchange()
                        .expectBody(String.class).returnResult().getStatus().value()).as(uri).isEqualTo(403);
            }
            assertThat(client.get().uri(uri).exchange().expectBody(String.class).returnResult().getStatus().value())
                    .isEqualTo(401);
        }
        assertThat(job(coordinator, UUID.randomUUID().toString()).getStatus().value()).isEqualTo(404);
    }

    @Test
    void aJobInterruptedByARestartIsMarkedFailedAtStartUpAndFreesItsOrganisation() {
        Instant now = Instant.now();
        ImportJob running = ImportJob.queued(UUID.randomUUID().toString(), "leiden", organization, settings.instance(),
                false, 5, now).started(now);
        jobs.save(running).then(jobs.lock("leiden", organization, running.id(), now)).block();
        assertThat(upload(coordinator, utf8("firstName\nAnna\n"), false).getStatus().value()).isEqualTo(409);

        new FailInterruptedImports(jobs, settings, Clock.systemUTC()).afterSingletonsInstantiated();

        JsonNode interrupted = json(job(coordinator, running.id()));
        assertThat(interrupted.get("state").asString()).isEqualTo("failed");
        assertThat(interrupted.get("failureReason").asString()).contains("restarted");
        assertThat(interrupted.get("finishedAt").isNull()).isFalse();
        assertThat(importAndWait(coordinator, utf8("firstName\nAnna\n"), false).get("state").asString())
                .isEqualTo("succeeded");
    }

    @Test
    void onlyCoordinatorsImportAndFilesHaveALimit() {
        byte[] file = utf8(HEADER + "\nAnna,Smit,anna@volunteers.example,nl:native,,Binnenstad,1,nee\n");
        assertThat(upload(null, file, false).getStatus().value()).isEqualTo(401);
        for (String token : List.of(TOKENS.municipalityCoordinator("leiden"), TOKENS.platformAdmin(),
                TOKENS.volunteer("leiden", organization))) {
            assertThat(upload(token, file, false).getStatus().value()).isEqualTo(403);
        }
        byte[] huge = new byte[5 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');
        EntityExchangeResult<String> tooLarge = upload(coordinator, huge, false);
        assertThat(tooLarge.getStatus().value()).isEqualTo(413);
        assertThat(tooLarge.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(client.post().uri("/api/volunteers/v1/volunteer-imports").headers(h -> h.setBearerAuth(coordinator))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectBody(String.class).returnResult()
                .getStatus().value()).isEqualTo(415);
    }

    @Test
    void everyRowMeetsTheSameRulesAsTheApiAndAVogFromTheFileIsAudited() {
        String file = "firstName,lastName,email,phone,district,skills,certificateStatus,certificateDate\n"
                + "x".repeat(101) + ",Lang,lang@volunteers.example,,,,,\n"
                + "Mail,Fout,not-an-address,=cmd|' /C calc'!A0,,,,\n"
                + "Wijk,Lang,wijk@volunteers.example,+31 6 1234 5678," + "w".repeat(101) + "," + "s".repeat(61) + ",,\n"
                + "Goed,Bos,goed.bos@volunteers.example,+31 6 1234 5678,Binnenstad,cooking,valid,2026-03-14\n";
        JsonNode refused = importAndWait(coordinator, utf8(file), false);
        assertThat(refused.get("state").asString()).isEqualTo("failed");
        assertThat(problemNames(refused)).contains("rows[2].firstName", "rows[3].email",
                "rows[3].phone", "rows[4].district", "rows[4].skills[0]").doesNotContain("rows[5]");

        // the problems as a spreadsheet: the phone cell a spreadsheet would run as a formula is plain text
        EntityExchangeResult<String> report = client.get()
                .uri("/api/volunteers/v1/volunteer-imports/" + refused.get("id").asString() + "/problems.csv")
                .headers(h -> h.setBearerAuth(coordinator)).exchange().expectBody(String.class).returnResult();
        assertThat(report.getStatus().value()).isEqualTo(200);
        assertThat(report.getResponseHeaders().getContentType().isCompatibleWith(CSV)).isTrue();
        assertThat(report.getResponseHeaders().getContentDisposition().getFilename()).endsWith(".csv");
        List<String> lines = List.of(report.getResponseBody().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("\"line\",\"column\",\"code\",\"reason\",\"value\"");
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("\"3\",\"phone\",")
                .endsWith(",\"'=cmd|' /C calc'!A0\""));
        assertThat(report.getResponseBody()).doesNotContain(",\"=");

        // the quoted cells are kept for a day after the job, then forgotten; the rest of the report stays
        new ForgetProblemValues(jobs, Clock.offset(Clock.systemUTC(), Duration.ofHours(25)), Duration.ofHours(24))
                .runOnce().block();
        String later = client.get()
                .uri("/api/volunteers/v1/volunteer-imports/" + refused.get("id").asString() + "/problems.csv")
                .headers(h -> h.setBearerAuth(coordinator)).exchange().expectBody(String.class).returnResult().getResponseBody();
        assertThat(later).contains("\"3\",\"phone\",").doesNotContain("calc").doesNotContain("not-an-address");

        try (AuditCapture audit = AuditCapture.start()) {
            JsonNode partial = importAndWait(coordinator, utf8(file), true);
            assertThat(partial.get("imported").asInt()).isEqualTo(1);
            audit.await("volunteer.vog.set", "tenant=leiden", "object=volunteer:", "outcome=SUCCESS");
            assertThat(audit.of("volunteer.vog.set")).hasSize(1);
        }
    }

    @Test
    void aCallerWhoMayNotImportIsRefusedBeforeTheBodyIsReadAndAnOversizedOneAtOnce() throws Exception {
        // the client announces 10 MB and sends 100 bytes: a refusal must not wait for the rest
        assertThat(rawUpload(TOKENS.volunteer("leiden", organization), 10 * 1024 * 1024)).startsWith("HTTP/1.1 403");
        assertThat(rawUpload(coordinator, 64 * 1024 * 1024)).startsWith("HTTP/1.1 413");
    }

    /** Sends the headers and the first 100 bytes of a body of {@code declared} bytes; returns the status line. */
    private String rawUpload(String token, long declared) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/volunteers/v1/volunteer-imports HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + token + "\r\nContent-Type: text/csv\r\nContent-Length: " + declared
                    + "\r\n\r\n" + "a".repeat(100)).getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }
}
