package nl.onderop.directory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import nl.onderop.testsupport.PlatformServiceContract;
import nl.onderop.testsupport.PlatformTestInfrastructure;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectoryPlatformContractTests extends PlatformServiceContract {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        PlatformTestInfrastructure.register(registry, "directory-contract-tests");
    }

    @Override
    protected String basePath() {
        return "/api/directory/v1";
    }

    @Override
    protected String openApiDocument() {
        return "openapi/directory-v1.json";
    }
}
