#pragma once

#include "profiles/Profile.h"
#include "secrets/Secret.h"

namespace orglens {
class OperationTracker;
class SecretStore;
} // namespace orglens
namespace orglens::profiles {
class ProfileDirectory;
class ProfileStore;
} // namespace orglens::profiles
namespace orglens::oauth {
class OAuthClient;
class SessionHistory;
} // namespace orglens::oauth

namespace orglens::widgets {

// The application's long-lived objects, created by main() and shared by the views (not owned).
// The OAuthClient holds the QNetworkAccessManager and records every token response in `history`.
struct AppContext {
    profiles::ProfileStore *profiles = nullptr;
    SecretStore *secrets = nullptr;
    oauth::OAuthClient *oauth = nullptr;
    oauth::SessionHistory *history = nullptr;
    // The long operations the views run (busy indicators, Cancel); views make their own when it is null.
    OperationTracker *operations = nullptr;
    // Saved and session profiles and their secrets: what every profile picker lists.
    profiles::ProfileDirectory *directory = nullptr;
};

} // namespace orglens::widgets
