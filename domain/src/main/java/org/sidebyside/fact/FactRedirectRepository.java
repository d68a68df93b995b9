package org.sidebyside.fact;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FactRedirectRepository extends JpaRepository<FactRedirect, String> {

    /** Every old key with the key it now leads to. */
    @Query("select r.oldKey as oldKey, r.fact.key as newKey from FactRedirect r")
    List<Target> findAllTargets();

    List<FactRedirect> findByFact(Fact fact);

    interface Target {
        String getOldKey();

        String getNewKey();
    }
}
