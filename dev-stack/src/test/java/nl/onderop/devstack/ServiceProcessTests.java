package nl.onderop.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessTests {

    @TempDir
    Path work;

    @Test
    void namesTheMissingJarAndTheBuildCommand() {
        Path jar = work.resolve("matching-service/target/matching-service.jar");
        ServiceProcess service = new ServiceProcess("matching-service", jar, Map.of(), List.of(), Ports.freePort(),
                work.resolve("logs"), Duration.ofSeconds(5), "cd /repo && mvn -B -q -DskipTests install");

        assertThatThrownBy(service::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("matching-service")
                .hasMessageContaining(jar.toString())
                .hasMessageContaining("mvn -B -q -DskipTests install");
        assertThat(service.isAlive()).isFalse();
    }

    @Test
    void platformServicesListEveryMissingJar() {
        PlatformServices services = new PlatformServices(DevStackConfig.forTests(work, work.resolve("e2e")));

        assertThatThrownBy(services::startAll)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(work.resolve("gateway/target/gateway.jar").toString())
                .hasMessageContaining(work.resolve("directory-service/target/directory-service.jar").toString())
                .hasMessageContaining(work.resolve("reporting-service/target/reporting-service.jar").toString())
                .hasMessageContaining("mvn -B -q -DskipTests install");
    }

    @Test
    void waitsForReadinessStopsGracefullyAndCanBeKilled() throws IOException {
        Path jar = fakeServiceJar();
        int managementPort = Ports.freePort();
        ServiceProcess service = new ServiceProcess("fake-service", jar,
                Map.of("FAKE_GREETING", "hallo", "ONDEROP_MANAGEMENT_PORT", Integer.toString(managementPort)),
                ServiceProcess.DEFAULT_JVM_OPTIONS, managementPort, work.resolve("logs"), Duration.ofSeconds(30), "-");

        service.start();
        assertThat(service.isAlive()).isTrue();
        assertThat(service.logTail()).contains("fake service up, greeting=hallo");
        service.stop();
        assertThat(service.isAlive()).isFalse();
        assertThat(Files.readString(service.logFile())).contains("fake service: graceful shutdown");

        service.start();
        ProcessHandle crashed = service.process();
        service.kill();
        assertThat(crashed.isAlive()).isFalse();
        assertThat(service.logTail()).doesNotContain("graceful shutdown");
    }

    @Test
    void reportsTheLogTailWhenTheProcessDiesBeforeItIsReady() throws IOException {
        Path jar = fakeServiceJar();
        ServiceProcess service = new ServiceProcess("broken-service", jar, Map.of("ONDEROP_MANAGEMENT_PORT", "not-a-port"),
                List.of(), Ports.freePort(), work.resolve("logs"), Duration.ofSeconds(30), "-");

        assertThatThrownBy(service::start)
                .hasMessageContaining("broken-service exited before it was ready")
                .hasMessageContaining("NumberFormatException");
    }

    private Path fakeServiceJar() throws IOException {
        Path jar = work.resolve("fake-service.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        String entry = FakeService.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream classFile = FakeService.class.getResourceAsStream("/" + entry)) {
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
