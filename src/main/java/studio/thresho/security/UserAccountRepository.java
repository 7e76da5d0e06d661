package studio.thresho.security;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    List<UserAccount> findAllByOrderByUsernameAsc();

    boolean existsByRoleAndEnabledTrue(Role role);

    /**
     * The enabled administrators, locked until the transaction ends: two admins demoting each
     * other at the same moment are serialised, so the last admin is never removed.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select u from UserAccount u where u.role = studio.thresho.security.Role.ADMIN and u.enabled = true")
    List<UserAccount> lockEnabledAdmins();
}
