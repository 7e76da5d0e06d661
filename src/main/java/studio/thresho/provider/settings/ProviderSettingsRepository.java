package studio.thresho.provider.settings;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderSettingsRepository extends JpaRepository<ProviderSettings, String> {
}
