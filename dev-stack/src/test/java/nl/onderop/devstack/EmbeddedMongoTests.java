package nl.onderop.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTests {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataInTheH2FileAcrossAStopAndAStart() {
        int port = Ports.freePort();
        EmbeddedMongo first = EmbeddedMongo.persistent(dataDir, port).start();
        try (MongoClient client = MongoClients.create(first.connectionString())) {
            collection(client).insertOne(new Document("_id", "haarlem").append("name", "Wereldkeuken"));
        } finally {
            first.stop();
        }
        assertThat(dataDir.resolve("mongo/onderop.mv")).isRegularFile();

        EmbeddedMongo second = EmbeddedMongo.persistent(dataDir, port).start();
        try (MongoClient client = MongoClients.create(second.connectionString())) {
            Document found = collection(client).find(new Document("_id", "haarlem")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Wereldkeuken");
        } finally {
            second.stop();
        }
    }

    @Test
    void inMemoryModeStartsEmptyEveryTime() {
        EmbeddedMongo mongo = EmbeddedMongo.inMemory(0).start();
        try (MongoClient client = MongoClients.create(mongo.connectionString("onderop-test"))) {
            assertThat(mongo.port()).isPositive();
            assertThat(mongo.dataFile()).isNull();
            collection(client).insertOne(new Document("_id", 1));
            assertThat(collection(client).countDocuments()).isEqualTo(1);
        } finally {
            mongo.stop();
        }
        EmbeddedMongo again = EmbeddedMongo.inMemory(0).start();
        try (MongoClient client = MongoClients.create(again.connectionString())) {
            assertThat(collection(client).countDocuments()).isZero();
        } finally {
            again.stop();
        }
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("onderop-directory").getCollection("organisations");
    }
}
