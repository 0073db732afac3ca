package org.upright.planner.account.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByEmail(String email);

    /** Each account's stored zone id (null where none is stored yet), in one statement. */
    @Query("select a.id as id, a.timeZone as timeZone from Account a where a.id in :ids")
    List<StoredZone> zonesOf(@Param("ids") Collection<Long> ids);

    interface StoredZone {
        Long getId();

        String getTimeZone();
    }

    boolean existsByEmail(String email);

    /**
     * Locks the account's row until the transaction ends, so that work counted per account (such
     * as a coach's invitations a day) is done one at a time.
     */
    @Query(value = "select id from account where id = :id for update", nativeQuery = true)
    Long lockForUpdate(@Param("id") long id);
}
