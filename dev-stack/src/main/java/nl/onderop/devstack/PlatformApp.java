package nl.onderop.devstack;

import java.nio.file.Path;
import java.util.List;

/** The platform's five applications: their Maven module, short name and the gateway's variable for their URL. */
public enum PlatformApp {

    DIRECTORY("directory-service", "directory", "ONDEROP_DIRECTORY_URI"),
    VOLUNTEERS("volunteer-service", "volunteers", "ONDEROP_VOLUNTEERS_URI"),
    MATCHING("matching-service", "matching", "ONDEROP_MATCHING_URI"),
    REPORTING("reporting-service", "reporting", "ONDEROP_REPORTS_URI"),
    GATEWAY("gateway", "gateway", null);

    private final String module;
    private final String shortName;
    private final String gatewayUriVariable;

    PlatformApp(String module, String shortName, String gatewayUriVariable) {
        this.module = module;
        this.shortName = shortName;
        this.gatewayUriVariable = gatewayUriVariable;
    }

    /** The four services behind the gateway. */
    public static List<PlatformApp> services() {
        return List.of(DIRECTORY, VOLUNTEERS, MATCHING, REPORTING);
    }

    /** The Maven module, e.g. {@code directory-service}. */
    public String module() {
        return module;
    }

    /** e.g. {@code directory}; the service's database is {@code onderop-<shortName>}. */
    public String shortName() {
        return shortName;
    }

    /** The gateway's environment variable for this service's URL; null for the gateway itself. */
    public String gatewayUriVariable() {
        return gatewayUriVariable;
    }

    /** {@code <repoRoot>/<module>/target/<module>.jar} */
    public Path jar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target").resolve(module + ".jar");
    }
}
