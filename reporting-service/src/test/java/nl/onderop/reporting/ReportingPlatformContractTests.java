package nl.onderop.reporting;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.onderop.testsupport.PlatformServiceContract;
import nl.onderop.testsupport.PlatformTestInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportingPlatformContractTests extends PlatformServiceContract {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "reporting-contract-tests");
    }

    @Override
    protected String basePath() {
        return "/api/reports/v1";
    }

    @Override
    protected String openApiDocument() {
        return "openapi/reports-v1.json";
    }
}
