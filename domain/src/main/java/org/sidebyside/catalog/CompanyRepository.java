package org.sidebyside.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CompanyRepository extends JpaRepository<Company, Long> {

    Optional<Company> findBySlug(String slug);

    List<Company> findAllByOrderByPosition();

    /** Whether any fact, in any status, is about the company, or a story has a part on it. */
    @Query(value = """
            select exists (select 1 from fact f join company c on c.id = f.company_id where c.slug = :slug)
                or exists (select 1 from story s join story_section x on x.story_id = s.id
                           where s.layout = 'BY_COMPANY' and x.item = :slug)""", nativeQuery = true)
    boolean isInUse(String slug);
}
