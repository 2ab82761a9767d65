package org.partnerflow.integrity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DeclaredInterestRepository extends JpaRepository<DeclaredInterest, Long> {

    List<DeclaredInterest> findByUsernameOrderByDeclaredAtDescIdDesc(String username);

    List<DeclaredInterest> findTop500ByOrderByDeclaredAtDescIdDesc();
}
