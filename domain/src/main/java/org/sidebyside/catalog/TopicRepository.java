package org.sidebyside.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TopicRepository extends JpaRepository<Topic, Long> {

    Optional<Topic> findBySlug(String slug);

    List<Topic> findAllByOrderByPosition();

    /** Whether any fact, in any status, is filed under the topic, or a story tells it or leads to it. */
    @Query(value = """
            select exists (select 1 from fact f join topic t on t.id = f.topic_id where t.slug = :slug)
                or exists (select 1 from story s where s.topic_slug = :slug)
                or exists (select 1 from story s join story_section x on x.story_id = s.id
                           where s.layout = 'NUMBERED' and x.item = :slug)""", nativeQuery = true)
    boolean isInUse(String slug);
}
