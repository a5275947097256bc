#!/usr/bin/env python3
"""Lists every fejl (error) of a legal or appeal rule that the labels of a letter do not support.

Usage (from the repository root, after building): tests/corpus/false-errors.py LABELS.json
KLARTJEK=binary uses another build; QUIET=1 prints the count only (for letters kept untouched).
"""
import json
import os,subprocess,sys,os
lab=sys.argv[1]; d=os.path.dirname(lab)
L=json.load(open(lab))
bad=0
for l in L:
    path=os.path.join(d,l['file'])
    if l.get('render')=='scan': path=os.path.join(d,'scans',os.path.basename(path)[:-4]+'.pdf')
    out=subprocess.run([os.environ.get('KLARTJEK', 'build/klartjek'),'check','--format','json',path],capture_output=True,text=True).stdout
    try: j=json.loads(out); j=j[0] if isinstance(j,list) else j
    except Exception: continue
    for f in j.get('findings',[]):
        if f['severity']!='error' or not f['rule'].startswith(('legal-','appeal-')): continue
        r=f['rule']; ok=True
        dec=l.get('doc_type','afgoerelse')=='afgoerelse' and l.get('legal_area','social')=='social' and l.get('requires_reasoning',True)
        if r=='appeal-missing': ok=dec and not l['has_appeal_guidance']
        elif r=='legal-basis-missing': ok=dec and not l['has_legal_basis']
        elif r=='legal-reasoning-missing': ok=dec and not l['has_reasoning']
        elif r=='appeal-deadline-wrong': ok=l.get('appeal_deadline_stated') not in (None,'4 uger','28 dage')
        elif r=='legal-ref-outdated': ok=bool(l.get('outdated_refs'))
        elif r=='appeal-deadline-missing': ok=l['has_appeal_guidance'] and not l.get('appeal_deadline_stated')
        elif r=='appeal-body-missing': ok=l.get('appeal_route_correct') is False
        if not ok:
            bad+=1
            if not os.environ.get('QUIET'): print('FALSE fejl', l['file'], r)
print(lab, 'false fejl:', bad)
