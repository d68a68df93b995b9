package org.sidebyside.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CompanyRepository extends JpaRepository<Company, Long> {

    Optional<Company> findBySlug(String slug);

    List<Company> findAllByOrderByPosition();

    /** Whether any fact, in any status, is about the company. */
    @Query("select count(f) > 0 from Fact f where f.company.slug = :slug")
    boolean isInUse(String slug);
}
