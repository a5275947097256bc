# Independent LIX count for hand-checked test texts: words = whitespace tokens with outer
# punctuation stripped (a token of only punctuation or "§" is no word); long = more than 6 letters
# (letters only); numbers are words but never long. S is given by hand.
import re, unicodedata
texts = [
 ("Du får en rollator. Vi har bevilget den efter servicelovens § 112, stk. 1.", 2),
 ("Vi har modtaget din ansøgning. Du har søgt om hjælp til rengøring hver uge. Vi har besøgt dig.", 3),
 ("Kommunen har foretaget en konkret og individuel vurdering af Deres ansøgning om merudgiftsydelse. Vurderingen viser, at De ikke opfylder betingelserne.", 2),
 ("Du kan klage over afgørelsen. Klagen skal være modtaget inden 4 uger efter, at du har fået brevet. Send den til os på e-mail.", 3),
 ("Vi har lagt vægt på, at du bruger kørestol, og at din bolig har trapper. Derfor får du en trappelift. Den bliver sat op i maj.", 3),
 ("Det fremgår af lægeerklæringen af 12.09.2023, at din funktionsnedsættelse er varig. Vi har derfor bevilget 1.400 kr. om måneden.", 2),
 ("Hej. Tak for dit brev. Vi ringer til dig i næste uge.", 3),
 ("Socialpædagogisk støtte efter servicelovens § 85 skal hjælpe dig med at udvikle dine færdigheder, f.eks. at handle ind og lave mad.", 1),
 ("Du får afslag. Du opfylder ikke betingelserne i barnets lov § 86, stk. 1. Vi har vurderet, om I kan få hjælp efter anden lovgivning.", 3),
 ("Ankestyrelsens principmeddelelse om handicapkompenserende ydelser understreger nødvendigheden af en helhedsvurdering, jf. retssikkerhedslovens § 5.", 1),
 ("Din ledsager kan hjælpe dig til svømning og til lægen. Du bestemmer selv, hvad timerne skal bruges til.", 2),
]
def words(t):
    out=[]
    for tok in t.split():
        w=tok.strip('.,;:!?()"«»')
        if not w or w=='§' or not any(ch.isalnum() for ch in w): continue
        out.append(w)
    return out
for t,s in texts:
    ws=words(t)
    isnum=lambda w: all(not ch.isalpha() for ch in w)
    L=sum(1 for w in ws if not isnum(w) and sum(ch.isalpha() for ch in w)>6)
    W=len(ws)
    print(f'    {{"{t}", {W}, {s}, {L}, {W/s+100*L/W:.2f}}},')
