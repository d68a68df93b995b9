package org.sidebyside.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SourceRepository extends JpaRepository<Source, Long> {

    Optional<Source> findBySlug(String slug);

    boolean existsByFileName(String fileName);

    List<Source> findAllByOrderByFileName();
}
