package org.sidebyside.glossary;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GlossaryTermRepository extends JpaRepository<GlossaryTerm, Long> {

    @Query("select g from GlossaryTerm g left join fetch g.source order by g.position, g.id")
    List<GlossaryTerm> findAllInOrder();
}
