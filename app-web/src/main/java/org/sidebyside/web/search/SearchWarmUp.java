package org.sidebyside.web.search;

import org.sidebyside.search.SearchIndexRefresh;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the app is up, the search index (words' rarity, facts' embeddings, the embedding
 * model) is brought up to date in the background, so that the first student to search does
 * not wait for it.
 */
@Component
class SearchWarmUp {

    private final SearchIndexRefresh index;

    SearchWarmUp(SearchIndexRefresh index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        index.warmUp();
    }
}
