#pragma once

// Public header of the jwt capability: decoding, claim explanations, signature verification,
// claim validation and token diff.
#include "jwt/TokenDecoder.h"
