package nl.onderop.testsupport;

import java.util.List;

import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;

/**
 * mongo-java-server's in-memory backend, except that a {@code find} answers with copies of the stored documents.
 * <p>
 * The plain backend hands the stored {@link Document} objects themselves to the reply (first batch and the
 * rest kept for {@code getMore}), and an update changes the stored object in place (fields removed and put
 * again) under the collection's lock. A reply is encoded after that lock is released, on the worker thread of
 * the reading connection, while another connection's update may run on another worker thread: the encoder then
 * sees a half-updated document or fails with a {@code ConcurrentModificationException}, logs "Failed to
 * encode", and closes the connection. The driver takes that for a network error, clears its pool and opens new
 * connections. The services' pollers (outbox relay, catalogue poll) read the same documents that requests
 * update, so in a full test run two connections meet on one document now and then.
 * <p>
 * The copies are made while the collection's lock is still held (the query runs in a synchronized method of
 * the collection), and only while a {@code find} command is answered: updates, deletes and findAndModify run
 * the same query code and must get the stored documents, which they change in place.
 */
final class SnapshotMemoryBackend extends MemoryBackend {

    /** Set while this thread answers a find command (one command at a time per server worker thread). */
    private static final ThreadLocal<Boolean> ANSWERING_FIND = ThreadLocal.withInitial(() -> Boolean.FALSE);

    @Override
    public MemoryDatabase openOrCreateDatabase(String databaseName) {
        return new SnapshotDatabase(databaseName, this);
    }

    private static final class SnapshotDatabase extends MemoryDatabase {

        SnapshotDatabase(String databaseName, SnapshotMemoryBackend backend) {
            super(databaseName, backend.getCursorRegistry());
        }

        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databaseResolver,
                                      Oplog oplog) {
            if (!"find".equals(command)) {
                return super.handleCommand(channel, command, query, databaseResolver, oplog);
            }
            ANSWERING_FIND.set(Boolean.TRUE);
            try {
                return super.handleCommand(channel, command, query, databaseResolver, oplog);
            } finally {
                ANSWERING_FIND.remove();
            }
        }

        @Override
        protected MemoryCollection openOrCreateCollection(String collectionName, CollectionOptions options) {
            return new SnapshotCollection(this, collectionName, options);
        }

        private final class SnapshotCollection extends MemoryCollection {

            SnapshotCollection(SnapshotDatabase database, String collectionName, CollectionOptions options) {
                super(database, collectionName, options, database.cursorRegistry);
            }

            /** The matched documents of every query, still under the collection's lock; later batches included. */
            @Override
            protected QueryResult createQueryResult(List<Document> matchedDocuments, int batchSize) {
                if (!ANSWERING_FIND.get()) {
                    return super.createQueryResult(matchedDocuments, batchSize);
                }
                return super.createQueryResult(matchedDocuments.stream().map(Document::cloneDeeply).toList(), batchSize);
            }
        }
    }
}
