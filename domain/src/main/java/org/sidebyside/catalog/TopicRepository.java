package org.sidebyside.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TopicRepository extends JpaRepository<Topic, Long> {

    Optional<Topic> findBySlug(String slug);

    List<Topic> findAllByOrderByPosition();

    /** Whether any fact, in any status, is filed under the topic. */
    @Query("select count(f) > 0 from Fact f where f.topic.slug = :slug")
    boolean isInUse(String slug);
}
