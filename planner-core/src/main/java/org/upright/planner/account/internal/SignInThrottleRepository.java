package org.upright.planner.account.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignInThrottleRepository extends JpaRepository<SignInThrottle, String> {}
