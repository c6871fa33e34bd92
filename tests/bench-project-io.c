#include "config.h"
#include "entente-core.h"
int main (void) { return 0; }
