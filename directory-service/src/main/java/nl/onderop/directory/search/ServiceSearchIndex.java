package nl.onderop.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * Full-text, filter and proximity search over the directory's services, held in memory.
 *
 * <p>Searches run concurrently on the latest published snapshot (a {@link SearcherManager}) and never wait for
 * writes. Writes are serialised and publish a new snapshot before they return, so a caller finds what it has
 * just written, and a {@link #replaceAll} is never seen half done. Nothing touches a disk.
 *
 * <p>Ordering: with {@code near}, by distance to the closest location of the service; otherwise with text,
 * by relevance (see {@link TextQueryBuilder}); otherwise by Dutch name. Ties always go by id, so paging is
 * stable.
 */
public final class ServiceSearchIndex implements AutoCloseable {

    /**
     * A count that is always exact: we ask Lucene to count every match instead of stopping at a thousand.
     */
    private static final int COUNT_EVERY_HIT = Integer.MAX_VALUE;

    private final DirectoryAnalyzers analyzers = new DirectoryAnalyzers();
    private final LuceneDocuments documents = new LuceneDocuments(analyzers);
    private final TextQueryBuilder textQueries = new TextQueryBuilder(analyzers);
    private final Directory directory = new ByteBuffersDirectory();
    private final Object writes = new Object();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public ServiceSearchIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzers.forIndexing())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    // nothing to keep: the index is rebuilt from the database at every start
                    .setCommitOnClose(false));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the service, or replaces the one with the same id; searchable when this returns.
     */
    public void upsert(SearchDocument document) {
        Objects.requireNonNull(document, "document");
        apply(List.of(document), List.of());
    }

    public void remove(String id) {
        Objects.requireNonNull(id, "id");
        apply(List.of(), List.of(id));
    }

    /** Adds, replaces and removes in one go; all of it is searchable when this returns. */
    public void apply(Collection<SearchDocument> upserts, Collection<String> removals) {
        stage(upserts, removals);
        refresh();
    }

    /**
     * Hands changes to the index without making them searchable yet: callers that must order their changes
     * (an older version never after a newer one) stage them under their own lock and {@link #refresh()}
     * outside it.
     */
    public void stage(Collection<SearchDocument> upserts, Collection<String> removals) {
        Objects.requireNonNull(upserts, "upserts");
        Objects.requireNonNull(removals, "removals");
        if (upserts.isEmpty() && removals.isEmpty()) {
            return;
        }
        synchronized (writes) {
            try {
                for (String id : removals) {
                    writer.deleteDocuments(idTerm(id));
                }
                for (SearchDocument document : upserts) {
                    writer.updateDocument(idTerm(document.id()), documents.of(document));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Makes everything staged so far searchable and waits for it. Outside the write lock on purpose: when
     * many writers finish at once, the first refresh takes in all their changes and the others find
     * nothing left to do, so concurrent writes share one refresh instead of queueing for one each.
     */
    public void refresh() {
        try {
            publish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the whole content at once; searches see either the old or the new services, never a mix. Of
     * two documents with the same id the last one counts.
     */
    public void replaceAll(Collection<SearchDocument> documents) {
        Objects.requireNonNull(documents, "documents");
        synchronized (writes) {
            try {
                writer.deleteAll();
                for (SearchDocument document : documents) {
                    writer.updateDocument(idTerm(document.id()), this.documents.of(document));
                }
                publish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public SearchHits search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        LuceneSearch search = LuceneSearch.of(query, textQueries);
        int skip = Math.multiplyExact(query.page() - 1, query.pageSize());
        int upToPageEnd = Math.addExact(skip, query.pageSize());
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopFieldDocs top = searcher.search(search.query(),
                        new TopFieldCollectorManager(search.sort(), upToPageEnd, null, COUNT_EVERY_HIT, false));
                List<SearchHits.Hit> hits = new ArrayList<>();
                for (int i = skip; i < top.scoreDocs.length; i++) {
                    hits.add(hit(top.scoreDocs[i], search));
                }
                return new SearchHits(hits, top.totalHits.value);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The number of services a search can find now.
     */
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        synchronized (writes) {
            // closed in reverse order, each one even when an earlier one fails
            try (analyzers; directory; writer; searchers) {
                // nothing to do but close
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Waits for the new snapshot instead of {@code maybeRefresh()}, which returns at once when another thread
     * is refreshing, and would let a caller miss its own write.
     */
    private void publish() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    private static SearchHits.Hit hit(ScoreDoc scoreDoc, LuceneSearch search) {
        Object[] sortValues = ((FieldDoc) scoreDoc).fields;
        String id = ((BytesRef) sortValues[sortValues.length - 1]).utf8ToString();
        float score = search.scoreSlot() == LuceneSearch.NONE ? 0f : (Float) sortValues[search.scoreSlot()];
        Double distanceKm = search.distanceSlot() == LuceneSearch.NONE
                ? null
                : LuceneSearch.kilometres(sortValues[search.distanceSlot()]);
        return new SearchHits.Hit(id, score, distanceKm);
    }

    private static Term idTerm(String id) {
        return new Term(SearchFields.ID, id);
    }
}
