package org.upright.planner.account.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LifterProfileRepository extends JpaRepository<LifterProfileEntity, Long> {}
