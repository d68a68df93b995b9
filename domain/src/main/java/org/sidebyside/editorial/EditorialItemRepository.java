package org.sidebyside.editorial;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EditorialItemRepository extends JpaRepository<EditorialItem, Long> {

    List<EditorialItem> findAllByOrderByListNameAscPositionAsc();

    List<EditorialItem> findByListNameOrderByPosition(String listName);

    boolean existsByListName(String listName);
}
