package nl.onderop.matching.outcome.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Events about outcomes, for reporting: pseudonymous ids, kinds, domains, levels and scores. Never a name, a
 * goal's title, a level's description or a note; a story's text only while the newcomer consents to its
 * publication.
 */
public final class OutcomeEvents {

    public static final String EVALUATION_RECORDED = "nl.onderop.matching.evaluation.recorded.v1";
    public static final String STORY_PUBLICATION_CHANGED = "nl.onderop.matching.story.publication-changed.v1";

    private OutcomeEvents() {
    }

    public static Map<String, Object> recorded(Evaluation evaluation) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("matchId", evaluation.matchId());
        data.put("tenant", evaluation.tenant());
        data.put("organization", evaluation.organization());
        data.put("kind", evaluation.kind().value());
        data.put("rater", evaluation.rater().value());
        List<Map<String, Object>> scores = evaluation.scores().stream().map(score -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("domain", score.domain().value());
            entry.put("level", score.level());
            entry.put("weight", score.weight());
            return entry;
        }).toList();
        data.put("scores", scores);
        data.put("tScore", TScore.rounded(evaluation.tScore()));
        return data;
    }

    public static Map<String, Object> publicationChanged(Story story) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("storyId", story.id());
        data.put("tenant", story.tenant());
        data.put("organization", story.organization());
        data.put("publishable", story.publishable());
        if (story.publishable()) {
            data.put("text", story.text());
        }
        return data;
    }
}
