package org.sidebyside.fact;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FactRepository extends JpaRepository<Fact, Long> {

    Optional<Fact> findByKey(String key);

    /**
     * Waits until no other import runs, then holds that turn until this transaction ends: two
     * imports with overlapping keys, applied at once, would otherwise deadlock on them.
     */
    @Query(value = "select 1 from pg_advisory_xact_lock(7310842961)", nativeQuery = true)
    Integer awaitTurnToImport();

    boolean existsByKey(String key);

    /** Every fact, whatever its status, with what {@link Fact#content()} reads. */
    @Query("""
            select distinct f from Fact f
              left join fetch f.company
              join fetch f.topic
              left join fetch f.citations c
              left join fetch c.source
            """)
    List<Fact> findAllWithContent();

    /**
     * Facts with their citations in one query. Company, topic and source stay references:
     * callers read their ids, or find them already loaded.
     */
    @Query("select distinct f from Fact f left join fetch f.citations where f.status = :status")
    List<Fact> findWithCitationsByStatus(FactStatus status);

    /**
     * The instructors' list: text in key or statement, company ("both" for facts about both),
     * topic and status, each optional.
     */
    @Query(value = """
            select f from Fact f join fetch f.topic t left join fetch f.company c
            where (:text is null or lower(f.statement) like lower(concat('%', cast(:text as string), '%'))
                                 or f.key like lower(concat('%', cast(:text as string), '%')))
              and (:company is null or (:company = 'both' and c is null) or c.slug = :company)
              and (:topic is null or t.slug = :topic)
              and (:status is null or f.status = :status)
            """, countQuery = """
            select count(f) from Fact f join f.topic t left join f.company c
            where (:text is null or lower(f.statement) like lower(concat('%', cast(:text as string), '%'))
                                 or f.key like lower(concat('%', cast(:text as string), '%')))
              and (:company is null or (:company = 'both' and c is null) or c.slug = :company)
              and (:topic is null or t.slug = :topic)
              and (:status is null or f.status = :status)
            """)
    org.springframework.data.domain.Page<Fact> findForCuration(String text, String company, String topic, FactStatus status,
                                                              org.springframework.data.domain.Pageable page);

}
