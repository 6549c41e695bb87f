package nl.onderop.volunteers;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.onderop.testsupport.PlatformServiceContract;
import nl.onderop.testsupport.PlatformTestInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class VolunteerPlatformContractTests extends PlatformServiceContract {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "volunteer-contract-tests");
    }

    @Override
    protected String basePath() {
        return "/api/volunteers/v1";
    }

    @Override
    protected String openApiDocument() {
        return "openapi/volunteers-v1.json";
    }
}
