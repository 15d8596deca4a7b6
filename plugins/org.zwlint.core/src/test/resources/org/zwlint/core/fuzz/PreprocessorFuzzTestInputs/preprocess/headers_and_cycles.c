#include "ring.h"
#include <limits_local.h>
#include "cycle_a.h"
#include "folder"
#include "RING.H"
#if __has_include("ring.h") && !defined(RING_MISSING)
int RingPresent(void) { return RING_SLOTS; }
#endif
int RingNext(int at) { return (at + 1) % RING_SLOTS; }
//@file ring.h
#pragma once
#define RING_SLOTS 16
#include "ring.h"
//@file inc/limits_local.h
#ifndef LIMITS_LOCAL_H
#define LIMITS_LOCAL_H
#define LOCAL_MAX(a, b) ((a) > (b) ? (a) : (b))
#endif
//@file cycle_a.h
#include "cycle_b.h"
int CycleA;
//@file cycle_b.h
#include "cycle_a.h"
int CycleB;
//@file folder/
