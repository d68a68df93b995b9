package org.sidebyside.fact;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CitationRepository extends JpaRepository<Citation, Long> {

    /** Every citation with its fact and source, for checking quotes against their sources. */
    @Query("select c from Citation c join fetch c.fact join fetch c.source")
    List<Citation> findAllWithFactAndSource();
}
