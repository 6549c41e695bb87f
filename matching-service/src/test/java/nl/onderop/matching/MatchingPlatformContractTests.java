package nl.onderop.matching;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.onderop.testsupport.PlatformServiceContract;
import nl.onderop.testsupport.PlatformTestInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MatchingPlatformContractTests extends PlatformServiceContract {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "matching-contract-tests");
    }

    @Override
    protected String basePath() {
        return "/api/matching/v1";
    }

    @Override
    protected String openApiDocument() {
        return "openapi/matching-v1.json";
    }
}
