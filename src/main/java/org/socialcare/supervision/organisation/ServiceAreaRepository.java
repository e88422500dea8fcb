package org.socialcare.supervision.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceAreaRepository extends JpaRepository<ServiceArea, String> {
}
