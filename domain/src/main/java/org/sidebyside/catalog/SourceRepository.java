package org.sidebyside.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SourceRepository extends JpaRepository<Source, Long> {

    Optional<Source> findBySlug(String slug);

    boolean existsByFileName(String fileName);

    List<Source> findAllByOrderByFileName();

    /** Whether any fact, in any status, quotes the source. */
    @Query("select count(c) > 0 from Citation c where c.source.slug = :slug")
    boolean isInUse(String slug);
}
