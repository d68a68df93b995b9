package org.sidebyside.disagreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DisagreementRepository extends JpaRepository<Disagreement, Long> {

    Optional<Disagreement> findByKey(String key);

    /**
     * Every disagreement with its topic and sides, in the order they were added; the sides'
     * facts follow in one more query (a batch; fetching them here would repeat each side once
     * per fact).
     */
    @Query("select distinct d from Disagreement d join fetch d.topic left join fetch d.sides order by d.id")
    List<Disagreement> findAllWithSides();
}
