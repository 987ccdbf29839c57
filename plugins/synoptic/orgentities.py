"""Org's entities (`\\mdash`, `\\eacute{}`, `\\alpha`, `\\to`) as Org's HTML exporter writes
them: the table of org-entities.el (Org 9.5.5, Emacs 28.2), its HTML column, for orgsyntax.py.
A name not in it (`\\foo`) is no entity but a LaTeX command, kept as typed.

Made from Emacs's own table: `emacs --batch -Q --eval "(progn (require 'org-entities) (dolist
(e org-entities) (when (consp e) (princ (format \"%s %s\\n\" (nth 0 e) (nth 3 e))))))"`.
"""

from __future__ import annotations

import html

#: The entities whose HTML is the HTML entity of their own name (`\\mdash` writes `&mdash;`).
NAMED = """
Agrave agrave Aacute aacute Acirc acirc Amacr amacr Atilde atilde Auml auml Aring aring AElig
aelig Ccedil ccedil Egrave egrave Eacute eacute Ecirc ecirc Euml euml Igrave igrave Iacute
iacute inodot Icirc icirc Iuml iuml Ntilde ntilde Ograve ograve Oacute oacute Ocirc ocirc Otilde
otilde Ouml ouml Oslash oslash OElig oelig Scaron scaron szlig Ugrave ugrave Uacute uacute Ucirc
ucirc Uuml uuml Yacute yacute Yuml yuml fnof real image weierp ell imath jmath Alpha alpha Beta
beta Gamma gamma Delta delta Epsilon epsilon Zeta zeta Eta eta Theta theta thetasym Iota iota
Kappa kappa Lambda lambda Mu mu nu Nu Xi xi Omicron omicron Pi pi Rho rho Sigma sigma sigmaf Tau
Upsilon upsih upsilon Phi phi varphi Chi chi Psi psi tau Omega omega piv alefsym aleph gimel
beth ETH eth THORN thorn hellip middot iexcl iquest shy ndash mdash quot acute ldquo rdquo bdquo
lsquo rsquo sbquo laquo raquo lsaquo rsaquo circ vert brvbar sect amp lt gt dagger Dagger nbsp
ensp emsp thinsp curren cent pound yen euro copy reg trade minus plusmn times frasl frac12
frac14 frac34 permil sup1 sup2 sup3 radic sum prod micro macr deg prime Prime infin prop not cap
cup smile frown int there4 because sim cong asymp ne equiv triangleq le ge lessgtr lesseqgtr Ll
Gg sub sup nsub sube nsup supe setminus forall exist empty isin notin ni nabla ang perp parallel
sdot lceil rceil lfloor rfloor lang rang hbar mho larr lArr uarr uArr rarr rArr darr dArr harr
hArr crarr deg sup bull lowast oplus otimes para ordf ordm cedil oline uml zwnj zwj lrm rlm
clubs spades hearts heartsuit diams diamond loz
""".split()

#: The others, each with the HTML ox-html writes for it (`\\dots` writes `&hellip;`, `\\sin`
#: `sin`); `\\Idot`'s `&idot;` is no HTML entity, so its character is written out.
WRITTEN = dict(
    pair.split("=", 1)
    for pair in """
AA=&Aring; Idot=&#x130; varepsilon=&epsilon; vartheta=&thetasym; varsigma=&sigmaf;
acutex=&acute;x varpi=&piv; partial=&part; dalet=&daleth; dots=&hellip; cdots=&ctdot; vbar=|
S=&sect; tilde=~ slash=/ plus=+ under=_ equal== asciicirc=^ dag=&dagger; ddag=&Dagger;
EUR=&euro; dollar=$ USD=$ pm=&plusmn; colon=: div=&divide; infty=&infin; propto=&prop; neg=&not;
land=&and; wedge=&and; lor=&or; vee=&or; therefore=&there4; simeq=&cong; approx=&asymp; neq=&ne;
leq=&le; geq=&ge; ll=&Lt; lll=&Ll; gg=&Gt; ggg=&Gg; prec=&pr; preceq=&prcue; preccurlyeq=&prcue;
succ=&sc; succeq=&sccue; succcurlyeq=&sccue; subset=&sub; supset=&sup; exists=&exist;
nexist=&exist; nexists=&exist; emptyset=&empty; in=&isin; angle=&ang; cdot=&sdot; langle=&lang;
rangle=&rang; leftarrow=&larr; gets=&larr; Leftarrow=&lArr; uparrow=&uarr; Uparrow=&uArr;
to=&rarr; rightarrow=&rarr; Rightarrow=&rArr; downarrow=&darr; Downarrow=&dArr;
leftrightarrow=&harr; Leftrightarrow=&hArr; hookleftarrow=&crarr; arccos=arccos arcsin=arcsin
arctan=arctan arg=arg cos=cos cosh=cosh cot=cot coth=coth csc=csc det=det dim=dim exp=exp
gcd=gcd hom=hom inf=inf ker=ker lg=lg lim=lim liminf=liminf limsup=limsup ln=ln log=log max=max
min=min Pr=Pr sec=sec sin=sin sinh=sinh tan=tan tanh=tanh bullet=&bull; star=* ast=&lowast;
odot=o check=&checkmark; checkmark=&check; smiley=&#9786; blacksmile=&#9787; sad=&#9785;
frowny=&#9785; clubsuit=&clubs; spadesuit=&spades; diamondsuit=&diams; Diamond=&diamond;
""".split()
)

#: Each entity's name and what a page of ox-html's shows for it. (`\\_ `, `\\_  ` …, a run of
#: en spaces, are orgsyntax.py's.)
ENTITIES = {name: html.unescape(f"&{name};") for name in NAMED} | {
    name: html.unescape(written) for name, written in WRITTEN.items()
}
