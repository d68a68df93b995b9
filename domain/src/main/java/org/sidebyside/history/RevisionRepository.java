package org.sidebyside.history;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RevisionRepository extends JpaRepository<Revision, Long> {

    List<Revision> findByEntityTypeAndEntityKeyOrderByIdDesc(EntityType type, String key);

    java.util.Optional<Revision> findFirstByEntityTypeAndEntityKeyOrderByIdDesc(EntityType type, String key);

    List<Revision> findTop10ByOrderByIdDesc();

    /** The audit log: every change, newest first, optionally by one user and within dates. */
    @Query("""
            select r from Revision r
            where (:user is null or r.changedBy = :user)
              and (cast(:from as timestamp) is null or r.changedAt >= :from)
              and (cast(:to as timestamp) is null or r.changedAt < :to)
            order by r.id desc
            """)
    Page<Revision> search(String user, Instant from, Instant to, Pageable page);

    @Query("select distinct r.changedBy from Revision r order by r.changedBy")
    List<String> changers();
}
