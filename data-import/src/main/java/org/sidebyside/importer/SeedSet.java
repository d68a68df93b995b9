package org.sidebyside.importer;

import java.util.List;
import java.util.Map;
import org.sidebyside.catalog.SourceMetadata;
import org.sidebyside.fact.FactContent;

/** Everything read from the seed files, before validation against each other. */
record SeedSet(List<CompanySeed> companies, List<TopicSeed> topics, List<SourceSeed> sources,
               List<FactSeed> facts, List<ListSeed> lists, List<StorySeed> stories,
               List<DisagreementSeed> disagreements, List<GlossarySeed> glossary) {

    /** A glossary term (glossary.yml). */
    record GlossarySeed(String slug, org.sidebyside.glossary.GlossaryContent content, String file, int line) {
    }

    /** A disagreement (disagreements.yml). */
    record DisagreementSeed(String key, org.sidebyside.disagreement.DisagreementContent content, String file, int line) {
    }

    /** A story (stories.yml). */
    record StorySeed(String slug, org.sidebyside.editorial.StoryLayout layout, org.sidebyside.editorial.StoryContent content,
                     String file, int line) {
    }

    /** An editorial list (editorial.yml): its name and items in order. */
    record ListSeed(String name, List<String> items, String file, int line) {
    }

    record CompanySeed(String slug, String name, int position, String file, int line) {
    }

    record TopicSeed(String slug, String name, String description, String factLabel, int position, String file, int line) {
    }

    /** @param text null when the article file could not be read (a problem says why) */
    record SourceSeed(String slug, String fileName, SourceMetadata metadata, String text, String file, int line) {
    }

    /**
     * @param lines the line of each field ("statement", "citations[0].quote"...) for problems
     * @param formerly the keys of near-duplicates merged into this fact, which now lead to it
     */
    record FactSeed(String key, FactContent content, String file, int line, Map<String, Integer> lines,
                    List<String> formerly) {

        int lineOf(String field) {
            return lines.getOrDefault(field, line);
        }
    }
}
