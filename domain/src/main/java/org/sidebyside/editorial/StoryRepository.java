package org.sidebyside.editorial;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StoryRepository extends JpaRepository<Story, Long> {

    Optional<Story> findBySlug(String slug);

    List<Story> findAllByOrderByPositionAscIdAsc();
}
